#!/usr/bin/env python3
"""Generates src/BackOffice.Web/Platform/Auth/common-passwords.txt (issue 10 item 4).

The list is built here, from patterns that the public breach corpora show again and again (keyboard walks,
'password'/'qwerty'/'admin'/'welcome' and Korean romanised words with years, digits and symbols, repeated
and sequential digits, the product's own names). No third-party list is copied. Run it again after editing;
the output is deterministic and exactly 10,000 lines, lower case (the portal compares case-insensitively).
"""
import itertools, pathlib

words = """password passw0rd p@ssword p@ssw0rd qwerty qwertyuiop asdfghjkl zxcvbnm qwer1234 asdf1234 zxcv1234
admin administrator root welcome welcome1 letmein iloveyou sunshine princess football baseball dragon monkey
master shadow superman batman trustno1 hello hellohello freedom whatever secret login abc123 abcd1234 changeme
default guest test tester testing manager backoffice office company korea seoul busan samsung hyundai naver
kakao daum saranghae sarang love loveyou qwerasdf 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qaz2wsx3edc zaq12wsx qazwsx
q1w2e3r4 q1w2e3r4t5 a1b2c3d4 aa123456 password1 iloveyou1 starwars pokemon computer internet security
summer winter spring autumn january december monday friday michael jennifer jordan hunter ranger buster
soccer hockey killer charlie andrew thomas daniel robert jessica ashley bailey access flower cookie
banana orange apple chocolate prepaid prepaidcard card giftcard finance payout refund bank account
customer service support helpdesk operator supervisor agent compliance staff employee""".split()

suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "!", "!!", "1!", "123!", "@123", "#1", "00", "01", "007",
            "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027", "!2024", "!2025", "!2026", "@2025", "@2026",
            "2024!", "2025!", "2026!", "0000", "1111", "9999", "1004", "7777", "4321", "54321", "321", "99", "88", "11"]

out, seen = [], set()
def add(p):
    p = p.lower()
    if p and p not in seen:
        seen.add(p); out.append(p)

# Digits: repeated, sequential, dates.
for n in range(4, 17):
    for d in "0123456789":
        add(d * n)
    add("".join(str(i % 10) for i in range(1, n + 1)))
    add("".join(str(i % 10) for i in range(n, 0, -1)))
    add("".join(str(i % 10) for i in range(0, n)))
for walk in ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv", "qazwsxedcrfv", "1q2w3e4r5t6y7u8i", "q1w2e3r4t5y6u7i8",
             "qwerasdfzxcv", "!qaz@wsx#edc", "!@#$%^&*()", "1234qwer", "qwer!@#$", "asdf!@#$", "zaq1xsw2cde3"]:
    for n in range(6, len(walk) + 1):
        add(walk[:n])
for w, s in itertools.product(words, suffixes):
    add(w + s)
    add(w.capitalize() + s)
for w in words:
    add(w + w)
    add(w + "." + w)
for y in range(1950, 2031):
    for w in ["password", "qwerty", "admin", "welcome", "love", "korea", "seoul", "sarang", "backoffice"]:
        add(f"{w}{y}")
        add(f"{w}@{y}")
        add(f"{w}!{y}")
for y, m in itertools.product(range(1960, 2031), range(1, 13)):
    for d in range(1, 29):
        add(f"{y}{m:02d}{d:02d}")
        if len(out) >= 10000: break
pathlib.Path(__file__).resolve().parent.parent.joinpath("src/BackOffice.Web/Platform/Auth/common-passwords.txt").write_text("\n".join(out[:10000]) + "\n")
print(len(out[:10000]))
