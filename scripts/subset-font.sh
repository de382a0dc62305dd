#!/usr/bin/env bash
# Makes the CJK font shipped in the jar: Noto Serif SC Regular (TrueType outlines, SIL OFL 1.1),
# from the npm package @expo-google-fonts/noto-serif-sc, subset to what a policy needs:
# GB 2312 (symbols, level 1 and level 2 Hanzi), ASCII, CJK punctuation, fullwidth forms.
# Needs: npm, tar, pyftsubset (Debian: apt-get install -y fonttools), /usr/bin/python3.
# Usage: scripts/subset-font.sh   (run from the repository root)
set -euo pipefail

PACKAGE="@expo-google-fonts/noto-serif-sc"
VERSION="${NOTO_VERSION:-0.4.3}"
TARGET="src/main/resources/fonts"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "${PACKAGE}@${VERSION}" >/dev/null && tar xzf ./*.tgz)
SOURCE="$WORK/package/400Regular/NotoSerifSC_400Regular.ttf"

# GB 2312 rows 0xA1-0xA9 (symbols) and 0xB0-0xF7 (level 1 + level 2 Hanzi), decoded to Unicode.
/usr/bin/python3 - "$WORK/gb2312.txt" <<'PY'
import sys
chars = []
for row in list(range(0xA1, 0xAA)) + list(range(0xB0, 0xF8)):
    for cell in range(0xA1, 0xFF):
        try:
            chars.append(bytes([row, cell]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
open(sys.argv[1], "w", encoding="utf-8").write("".join(chars))
PY

pyftsubset "$SOURCE" \
  --text-file="$WORK/gb2312.txt" \
  --unicodes="U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-205E,U+2460-2473,U+25A0-25FF,U+2605-2606,U+2713,U+3000-303F,U+FF00-FFEF" \
  --layout-features='' --no-hinting --desubroutinize --drop-tables+=BASE,STAT,GSUB,GPOS,GDEF,vhea,vmtx \
  --name-IDs='*' --name-languages='*' --notdef-outline \
  --output-file="$TARGET/NotoSerifSC-Regular-GB2312.ttf"

cp "$WORK/package/LICENSE_FONT" "$TARGET/OFL.txt"
ls -l "$TARGET"
