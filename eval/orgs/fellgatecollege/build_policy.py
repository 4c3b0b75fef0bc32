"""The two knowledge files were written by hand. This copies them to originals/
(identical copies, as the contract asks for .txt/.md) and lists the clause ids
the numbering yields, as a check."""
import pathlib, re, shutil
HERE = pathlib.Path(__file__).parent
(HERE / "originals").mkdir(exist_ok=True)
for src in sorted((HERE / "knowledge").iterdir()):
    shutil.copyfile(src, HERE / "originals" / src.name)
    ids = []
    for line in src.read_text().splitlines():
        if src.suffix == ".txt":
            m = re.match(r"^([A-Z]\.\d+|\d+(?:\.\d+)*(?:\([a-z]\))?)\.?\s", line)
            if m: ids.append(m.group(1))
        elif line.startswith("## "):
            ids.append(re.sub(r"[^a-z0-9]+", "-", line[3:].lower()).strip("-"))
    print(src.name, len(ids), ids)
