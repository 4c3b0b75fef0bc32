#!/usr/bin/env python3
"""Write the Tools Register CSV (knowledge/ and an identical copy in originals/) and sources.yaml."""
import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = "ardenmuir-genai-policy.pdf"


def refs(*ids):
    return ";".join(f"{P}#{i}" for i in ids)


ROWS = [
    ("Heron", "Heron AI;Ardenmuir AI;University AI service;heron.ardenmuir.ac.uk", "approved",
     "public;internal;personal",
     "Sign in with your University account after completing the essentials training. Confidential information only to the extent needed for the task, with names removed where possible. No Highly Confidential information. Not for marking or feedback on Assessed Work. Protected Participant Data only where Heron is named in the approved ethics application.",
     refs("3.2", "5.2", "6.4", "6.5", "7.3", "8.3", "16.1")),
    ("Microsoft 365 Copilot Chat", "Copilot Chat;Bing Chat Enterprise;Copilot with enterprise data protection;M365 Copilot Chat", "approved",
     "public;internal",
     "Only when signed in with your University account (look for the enterprise data protection shield). Signed in with a personal Microsoft account it is a Consumer AI Tool: Open information only. No personal data.",
     refs("5.3", "6.3", "15.1")),
    ("Microsoft 365 Copilot", "M365 Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in Teams;Teams intelligent recap", "restricted",
     "public;internal;personal",
     "Licensed staff only, after the Copilot practitioner course. Confidential information only to the extent needed. No Highly Confidential information. Teams transcription and meeting summaries only as clause 12.1 allows and never in the meetings listed in clause 12.3.",
     refs("5.6", "6.4", "12.1", "12.3", "16.2")),
    ("ChatGPT", "Chat GPT;OpenAI;ChatGPT Plus;ChatGPT app;GPT-4o", "restricted",
     "public",
     "Consumer AI Tool (the University holds no ChatGPT contract). Open information only, with chat history and training switched off. Do not register with your University email address. Personal subscriptions are not reimbursed.",
     refs("3.5", "5.4", "6.2", "15.3")),
    ("Google Gemini", "Gemini;Bard;Gemini app", "restricted",
     "public",
     "Consumer AI Tool. Open information only, with activity history switched off. Do not sign in with a University account.",
     refs("3.5", "5.4", "6.2", "15.3")),
    ("GitHub Copilot", "GitHub Copilot Business;Copilot for code;Copilot in VS Code", "restricted",
     "public;internal",
     "University GitHub Copilot Business seats issued by Digital Services only. Personal GitHub Copilot accounts: Open (public) code only. Never include secrets, keys or configuration. Review and test generated code before deployment.",
     refs("5.4", "5.7", "6.7", "10.3")),
    ("Grammarly", "Grammarly Premium;Grammarly GO;Grammarly extension", "restricted",
     "public",
     "Consumer AI Tool. Paste Open text into the Grammarly web editor only. Do not install the browser extension or Office add-in on University devices or accounts, because it reads everything you type.",
     refs("5.4", "5.5", "6.2")),
    ("Adobe Firefly", "Firefly;Photoshop Generative Fill;Adobe Express generative AI", "restricted",
     "public;internal",
     "Through the University Adobe Creative Cloud licence only. Illustrations and decorative images only: no images of real, identifiable people, no University crest or logo, and never presented as photographs. Label published content as clause 11.1 requires.",
     refs("11.1", "13.1", "13.3", "13.4", "13.5")),
    ("Lecture capture automatic captions", "Panopto captions;Panopto automatic captions;lecture recording captions", "approved",
     "public;internal;personal",
     "For recorded teaching in the University lecture-capture system. Check and correct captions where the recording is provided to a student as a reasonable adjustment.",
     refs("12.4")),
    ("Turnitin AI writing indicator", "Turnitin AI detection;Turnitin AI score;AI writing detection", "prohibited",
     "",
     "Switched off across the University. Turnitin similarity checking is unaffected. The output of an AI detector is not accepted as evidence of misconduct.",
     refs("7.7", "7.8")),
    ("AI detection services", "GPTZero;ZeroGPT;Copyleaks AI Detector;Originality.ai;AI detector", "prohibited",
     "",
     "Do not submit student work to any AI detection website or service. Follow the Academic Misconduct Procedure instead.",
     refs("7.7", "7.8")),
    ("DeepSeek", "DeepSeek Chat;DeepSeek app;DeepSeek R1", "prohibited",
     "",
     "Must not be used for University business on any device.",
     refs("5.8")),
    ("Third-party meeting assistants", "Otter.ai;Otter;OtterPilot;Fireflies.ai;Read.ai;Fathom;AI notetaker bot", "prohibited",
     "",
     "Must not be admitted to University meetings, whoever owns them. Meeting organisers should remove any that join.",
     refs("12.2")),
]

SOURCES = """ardenmuir-genai-policy.pdf:
  title: Policy on the Use of Generative Artificial Intelligence by Staff
  owner: Chief Information Officer
  version: "2.1 (January 2026)"
  url: https://www.ardenmuir.ac.uk/staff/policies/generative-ai-policy.pdf
ai-tools-register.csv:
  title: Generative AI Tools Register
  owner: Generative AI Governance Group
  version: "2026-Q1"
  url: https://intranet.ardenmuir.ac.uk/digital/genai/tools-register
"""


def main():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    w.writerows(ROWS)
    for d in ("knowledge", "originals"):
        (HERE / d).mkdir(exist_ok=True)
        (HERE / d / "ai-tools-register.csv").write_text(buf.getvalue(), encoding="utf-8")
    (HERE / "knowledge" / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    print(len(ROWS), "rows")


if __name__ == "__main__":
    main()
