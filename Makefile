# StanceGraph: `make demo` runs the main job on seeds/, `make test` runs the tests.
# Both install what is missing first (libgraphviz-dev through apt or Homebrew).

SWIFT ?= swift
OUT ?= graphs

.PHONY: demo test eval deps build bench clean

demo: deps
	$(SWIFT) build --product stancegraph
	$$($(SWIFT) build --show-bin-path)/stancegraph build seeds --out $(OUT)

test: deps
	$(SWIFT) test --disable-xctest

# Extraction measured against the hand-coded gold: the seed, the development set, the held-out set.
eval: deps
	$(SWIFT) build --product stancegraph
	for gold in seeds corpus/dev corpus/heldout; do $$($(SWIFT) build --show-bin-path)/stancegraph eval --gold $$gold --summary || exit 1; done

build: deps
	$(SWIFT) build

bench: deps
	cd Benchmarks && $(SWIFT) run -c release StanceBenchmarks

deps:
	@./scripts/install-deps.sh

clean:
	rm -rf .build Benchmarks/.build
