#!/usr/bin/env python3
"""Build the North Lyndale Police knowledge folder and originals.

policy_source.md (hand-written) -> knowledge/genai-acceptable-use-policy.md
REGISTER below                  -> knowledge/ai-tools-register.csv
Both are copied byte-for-byte into originals/ (md and csv are their own originals).
"""
import csv
import io
import shutil
from pathlib import Path

OUT = Path(__file__).resolve().parent
K = OUT / "knowledge"
O = OUT / "originals"
POLICY = "genai-acceptable-use-policy.md"
REG = "ai-tools-register.csv"


def c(*ids):
    return ";".join(f"{POLICY}#{i}" for i in ids)


REGISTER = [
    dict(tool="Microsoft 365 Copilot Chat",
         aliases="Copilot Chat;M365 Copilot Chat;Bing Chat Enterprise;Copilot with enterprise data protection;Copilot",
         status="approved", data_allowed="public;internal;personal",
         conditions=("Sign in with your force account (@northlyndale.police.uk) so the enterprise protection shield shows. "
                     "OFFICIAL information only: no OFFICIAL-SENSITIVE information and no Operational Information "
                     "(victims, witnesses, suspects, detainees, intelligence, crime or custody records, body-worn video). "
                     "Personnel Information only for routine administration, never sickness, occupational health, vetting, grievance or misconduct. "
                     "Complete Generative AI Essentials first. On a personal device only through the force's managed apps."),
         clauses=c("5.2", "5.3", "6.4", "6.5", "15.1", "17.1")),
    dict(tool="Microsoft 365 Copilot",
         aliases="M365 Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Teams;Copilot in Excel",
         status="restricted", data_allowed="public;internal;personal",
         conditions=("Licensed users only (Copilot Pathfinder group). Same information limits as Copilot Chat: no Operational Information "
                     "and no OFFICIAL-SENSITIVE information. Teams recap and transcription for internal business meetings only, not for the meetings listed in clause 11.2. "
                     "Complete the Microsoft 365 Copilot product training."),
         clauses=c("5.3", "6.4", "11.1", "11.2", "17.2")),
    dict(tool="Axon Draft One",
         aliases="Draft One;Axon AI report writing;BWV report drafting",
         status="restricted", data_allowed="public;internal;personal;special_category",
         conditions=("Pilot only: response officers in the Eastmoor district named on the pilot list, for drafting incident reports from their own body-worn video audio. "
                     "Not for witness statements, interviews or case file evidence. Excludes domestic abuse, sexual offences, incidents involving children and deaths or serious injuries. "
                     "The officer must read, correct and adopt the whole draft and the report is marked as AI-assisted."),
         clauses=c("6.4(a)", "7.9", "7.10", "7.6", "9.1")),
    dict(tool="Lyndale Translate",
         aliases="force translation service;Azure Translator (force tenant);NLP Translate",
         status="restricted", data_allowed="public;internal;personal;special_category",
         conditions=("Hosted in the Force Tenant and accredited to OFFICIAL-SENSITIVE. Use to understand the gist of written material received in another language, "
                     "or for a first draft of a translated leaflet that a qualified translator checks before issue. "
                     "Never instead of a registered interpreter for interviews, statements, the caution, rights and entitlements or conversations with victims, witnesses or detainees."),
         clauses=c("6.4(a)", "13.1", "13.2")),
    dict(tool="GitHub Copilot",
         aliases="Copilot for developers;GitHub Copilot Business",
         status="restricted", data_allowed="public;internal",
         conditions=("Digital Services developers only, through the force's GitHub Enterprise organisation. No real data, passwords, keys or connection details in prompts. "
                     "AI-assisted code is reviewed by a second developer and security tested before deployment."),
         clauses=c("14.1", "14.3")),
    dict(tool="ChatGPT",
         aliases="Chat GPT;OpenAI;ChatGPT Plus;ChatGPT free;GPT-4o",
         status="restricted", data_allowed="public",
         conditions=("Public information only, for general research or learning. Never enter force information of any kind. "
                     "Do not sign in with a force email address. Every version (free, Plus, Team, personal) carries the same restriction."),
         clauses=c("5.4", "5.5", "6.2")),
    dict(tool="Adobe Firefly",
         aliases="Firefly;Adobe Express generative fill;Photoshop generative fill",
         status="restricted", data_allowed="public",
         conditions=("Corporate Communications only, for illustrative images that show no real or identifiable person. "
                     "Every published AI image is labelled as AI-generated. Never used on images that are or may become evidence."),
         clauses=c("12.4", "10.2", "12.1", "12.3")),
    dict(tool="DeepSeek",
         aliases="Deep Seek;DeepSeek Chat",
         status="prohibited", data_allowed="",
         conditions="Must not be used on force devices or for force business.",
         clauses=c("8.2")),
    dict(tool="Otter.ai",
         aliases="Otter;Fireflies;Fireflies.ai;Read.ai;AI notetaker;meeting bot",
         status="prohibited", data_allowed="",
         conditions="Third-party meeting assistants must not be used or invited into force meetings.",
         clauses=c("11.3", "11.4")),
    dict(tool="Grammarly",
         aliases="Grammarly extension;GrammarlyGO",
         status="prohibited", data_allowed="",
         conditions="AI writing extensions and add-ins must not be installed on force devices or used with force information.",
         clauses=c("15.3")),
]

SOURCES = f"""{POLICY}:
  title: Generative Artificial Intelligence Acceptable Use Policy (NLP-IM-047)
  owner: Senior Information Risk Owner
  version: "1.3 (January 2026)"
  url: https://intranet.northlyndale.police.uk/policies/information-management/genai-acceptable-use
{REG}:
  title: AI Tools Register
  owner: Information Assurance Board
  version: "January 2026"
  url: https://intranet.northlyndale.police.uk/policies/information-management/ai-tools-register
"""


def main():
    K.mkdir(exist_ok=True)
    O.mkdir(exist_ok=True)
    shutil.copyfile(OUT / "policy_source.md", K / POLICY)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["tool", "aliases", "status", "data_allowed", "conditions", "clauses"],
                       lineterminator="\n")
    w.writeheader()
    for row in REGISTER:
        w.writerow(row)
    (K / REG).write_text(buf.getvalue(), encoding="utf-8")
    (K / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    for name in (POLICY, REG):
        shutil.copyfile(K / name, O / name)
    print("built", sorted(p.name for p in K.iterdir()))


if __name__ == "__main__":
    main()
