#!/usr/bin/env bash
# Fills corpus/web/texts/ with the page texts that corpus/web/gold.yaml and heldout.yaml code,
# from saved copies: DIR/ID.txt (DIR: the first argument, else $STANCEGRAPH_WEB_PAGES, else
# /work/web-pages). Each copy is checked against the SHA-256 the gold records; a page with no
# saved copy, or a copy that differs, is reported and left out (eval then skips it with a notice).
# The texts are third-party pages: corpus/web/texts/ is git-ignored and never committed. Beside
# each text it writes ID.meta.yaml (the page's address, outlet and publication date, from the gold)
# so that `stancegraph build corpus/web/texts` dates every page as `eval` does.
set -euo pipefail
cd "$(dirname "$0")/.."
src="${1:-${STANCEGRAPH_WEB_PAGES:-/work/web-pages}}"
dest=corpus/web/texts
mkdir -p "$dest"
copied=0 missing=0 differ=0
for gold in corpus/web/gold.yaml corpus/web/heldout.yaml; do
    [ -f "$gold" ] || continue
    # "id<TAB>sha256" for every page, read with the YAML parser Python ships with PyYAML if present,
    # else with a line scan of the two keys (the gold files keep one key a line).
    while IFS=$'\t' read -r id sha url outlet published; do
        [ -n "$id" ] || continue
        if [ ! -f "$src/$id.txt" ]; then
            echo "missing: $id (no $src/$id.txt)" >&2; missing=$((missing + 1)); continue
        fi
        actual=$(sha256sum "$src/$id.txt" | cut -d' ' -f1)
        if [ -n "$sha" ] && [ "$sha" != "$actual" ]; then
            echo "differs: $id ($src/$id.txt is not the text that was coded)" >&2; differ=$((differ + 1)); continue
        fi
        cp "$src/$id.txt" "$dest/$id.txt"
        printf 'url: %s\noutlet: "%s"\npublished: %s\n' "$url" "${outlet//\"/}" "$published" > "$dest/$id.meta.yaml"
        copied=$((copied + 1))
    done < <(awk '
        function flush() { if (id != "") print id "\t" sha "\t" url "\t" outlet "\t" published }
        /^  - id: /{flush(); id=$3; sha=""; url=""; outlet=""; published=""}
        /^    sha256: /{sha=$2}
        /^    url: /{url=$2}
        /^    outlet: /{sub(/^    outlet: /, ""); gsub(/^["\x27]|["\x27]$/, ""); outlet=$0}
        /^    published: /{p=$2; gsub(/\x27|"/, "", p); published=p}
        END{flush()}' "$gold")
done
echo "corpus/web/texts: $copied copied, $missing missing, $differ differing (from $src)"
