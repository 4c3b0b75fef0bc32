#!/usr/bin/env python3
"""Build the r10a knowledge folder (Harrowdene and Ashcombe ICB) and the originals copy.

policy_source.md is the hand-written policy; this script copies it into knowledge/ and
originals/ and writes the AI Tools Register CSV (contract register format) to both.
"""
import csv, io, pathlib, re, shutil

HERE = pathlib.Path(__file__).resolve().parent
K, O = HERE / "knowledge", HERE / "originals"
POLICY = "ai-acceptable-use-policy.md"
REGISTER = "ai-tools-register.csv"
P = POLICY + "#"

ROWS = [
    ("Microsoft 365 Copilot Chat", "Copilot Chat;M365 Copilot Chat;Bing Chat Enterprise;Copilot web;Copilot with green shield",
     "approved", "public;internal;personal",
     "Enterprise AI Service. Sign in with your ICB (NHSmail) account and check the green shield. Default tool for drafting, rewording, summarising and planning. No Confidential Patient Information, no HR casework, no live tender material. SBI only if you are authorised to see it.",
     [P+"3.4", P+"5.3", P+"6.3", P+"6.4", P+"6.6", P+"6.7"]),
    ("Microsoft 365 Copilot", "M365 Copilot;Copilot for Microsoft 365;Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot licence",
     "restricted", "public;internal;personal",
     "Enterprise AI Service. Licensed users only, after the Using AI Safely e-learning. Same information rules as Copilot Chat: no CPI, no HR casework, no live tender material. Personal agents using only your own documents allowed; shared or connected agents need DAIG approval.",
     [P+"5.1", P+"6.4", P+"6.7", P+"15.4", P+"16.2"]),
    ("Microsoft Teams transcription and intelligent recap", "Teams transcription;Teams recap;intelligent recap;Copilot in Teams;Teams Premium;meeting transcript",
     "restricted", "public;internal;personal",
     "Internal ICB meetings and meetings with partner organisations only. Chair announces it at the start and switches it off if anyone asks. Never in meetings about individual patients, HR meetings about an individual, or Part 2 sessions. Chair checks the summary before circulating it.",
     [P+"12.1", P+"12.2", P+"12.4"]),
    ("Clarion Ambient Scribe", "Clarion;ambient scribe;AI scribe;AVT;ambient voice technology",
     "restricted", "public;internal;personal;special_category",
     "Only in practices and services enrolled in the ICB AVT Programme, by trained clinicians, with the patient told beforehand and able to object; the clinician reviews the output before it is saved. Not in consultations with under-16s or mental health consultations unless DAIG has approved the service. Managed devices only.",
     [P+"9.1", P+"9.2", P+"9.3", P+"9.5", P+"9.6", P+"18.2"]),
    ("Microsoft Copilot image creation", "Copilot Designer;Microsoft Designer;Image Creator;Bing Image Creator;Copilot images",
     "restricted", "public;internal",
     "Illustrative images for presentations and communications only. No real, identifiable people, no Synthetic Likeness, no clinical photographs, no NHS or ICB logos. Label images as AI-generated.",
     [P+"13.1", P+"13.2", P+"13.5", P+"11.4"]),
    ("GitHub Copilot Business", "GitHub Copilot;Copilot for code;Copilot in VS Code",
     "restricted", "internal",
     "Business Intelligence and Digital teams only, for code in ICB repositories. No patient-level data, data extracts or credentials in prompts.",
     [P+"15.5"]),
    ("ChatGPT", "Chat GPT;OpenAI;ChatGPT free;ChatGPT Plus;GPT-4o",
     "restricted", "public",
     "Open AI Service (personal or free account). Public information only. Do not sign up with an NHSmail or ICB address and do not upload ICB documents. Never to inform a decision about an individual patient. ChatGPT Team or Enterprise is not contracted and needs DAIG approval.",
     [P+"3.5", P+"6.9", P+"8.1", P+"5.4", P+"18.6"]),
    ("Google Gemini", "Gemini;Bard;Gemini app;Gemini Advanced",
     "restricted", "public",
     "Open AI Service. Public information only. Do not sign up with an NHSmail or ICB address and do not upload ICB documents. Gemini for Workspace is not contracted.",
     [P+"3.5", P+"6.9", P+"18.6"]),
    ("Microsoft Copilot (personal account)", "Copilot app;Copilot consumer;copilot.microsoft.com without work sign-in;Copilot Pro",
     "restricted", "public",
     "Open AI Service when used with a personal Microsoft account or without signing in. Public information only. Use Microsoft 365 Copilot Chat with your ICB account instead for anything else.",
     [P+"3.5", P+"5.4", P+"6.9"]),
    ("DeepSeek", "DeepSeek Chat;DeepSeek R1;DeepSeek app",
     "prohibited", "",
     "Do not use for ICB business on any device and do not install on ICB devices.",
     [P+"5.9"]),
    ("Otter.ai", "Otter;Otter Assistant;OtterPilot",
     "prohibited", "",
     "Third-party notetaker bot. Do not use; remove it from ICB meetings if an external attendee brings one.",
     [P+"12.3", P+"5.9"]),
    ("Fireflies.ai", "Fireflies;Fred notetaker;Fireflies notetaker",
     "prohibited", "",
     "Third-party notetaker bot. Do not use; remove it from ICB meetings.",
     [P+"12.3", P+"5.9"]),
    ("Grammarly", "Grammarly extension;GrammarlyGO;Grammarly for Chrome;Grammarly for Edge",
     "prohibited", "",
     "AI browser extension that can read every page you open, including clinical systems. Do not install on ICB devices.",
     [P+"5.5", P+"5.9"]),
]

def clause_ids(md_text):
    ids = set()
    for line in md_text.splitlines():
        m = re.match(r"^##\s+(\d+)\.\s", line)
        if m:
            ids.add(m.group(1)); continue
        m = re.match(r"^(\d+\.\d+(?:\.\d+)?)\s", line)
        if m:
            ids.add(m.group(1))
    return ids

def main():
    K.mkdir(exist_ok=True); O.mkdir(exist_ok=True)
    text = (HERE / "policy_source.md").read_text(encoding="utf-8")
    ids = clause_ids(text)
    for d in (K, O):
        (d / POLICY).write_text(text, encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    for tool, aliases, status, data, cond, cl in ROWS:
        for ref in cl:
            assert ref.split("#")[1] in ids, ref
        w.writerow([tool, aliases, status, data, cond, ";".join(cl)])
    for d in (K, O):
        (d / REGISTER).write_text(buf.getvalue(), encoding="utf-8")
    (K / "sources.yaml").write_text(
        f"{POLICY}:\n  title: Artificial Intelligence Acceptable Use Policy\n  owner: Chief Clinical Information Officer\n"
        f"  version: \"2.1 (October 2026)\"\n  url: https://intranet.haicb.nhs.uk/policies/ai-acceptable-use\n"
        f"{REGISTER}:\n  title: AI Tools Register\n  owner: Digital Assurance and Information Governance Group\n"
        f"  version: \"October 2026\"\n  url: https://intranet.haicb.nhs.uk/policies/ai-tools-register\n",
        encoding="utf-8")
    print(len(ids), "clauses;", len(ROWS), "register rows")

if __name__ == "__main__":
    main()
