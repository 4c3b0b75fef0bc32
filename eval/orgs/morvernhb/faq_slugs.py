import re, os
def slugs(path=os.path.join(os.path.dirname(os.path.abspath(__file__)), "knowledge", "mhb-ai-staff-faq.txt")):
    L = open(path).read().split("\n"); out = []
    for i in range(1, len(L)):
        if L[i] and set(L[i]) == {"-"} and L[i-1].strip():
            out.append(re.sub(r"[^a-z0-9]+", "-", L[i-1].lower()).strip("-"))
    return out
if __name__ == "__main__": print("\n".join(slugs()))
