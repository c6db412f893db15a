import Foundation

// StanceGraph benchmarks. `swift run -c release StanceBenchmarks [--quick]` prints a markdown
// report on stdout (progress goes to stderr). Each model size runs in a fresh child process
// (`--child-model N`) so that its peak RSS is its own.

// `--database [CLAIMS]`: the database benchmark alone, in this process (see DatabaseBenchmark.swift).
DatabaseBenchmark.runIfAsked(CommandLine.arguments)

// `--write-articles N DIR`: a folder of N article texts for timing `stancegraph ingest` (ArticleCorpus.swift).
ArticleCorpus.runIfAsked(CommandLine.arguments, seeds: Options([]).seeds)

let options = Options(CommandLine.arguments.dropFirst())

if let claims = options.childModelClaims, let operation = options.loop {
    // For profiling: `perf record -g .build/release/StanceBenchmarks --child-model 1000000 --loop snapshot`.
    ModelBenchmark.loop(operation, claims: claims, times: options.loopTimes)
    exit(0)
}

if let claims = options.childModelClaims {
    let result = ModelBenchmark.run(claims: claims, runs: options.quick ? .quick : .full)
    let encoder = JSONEncoder()
    guard let data = try? encoder.encode(result) else { exit(1) }
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
    exit(0)
}

let machine = Machine.current()
var checksum = Checksum()
var models: [ModelResult] = []
var renders: [RenderResult] = []
var renderError: String?
let clock = ContinuousClock()
let started = clock.now

if options.only == "extraction" {
    // Extraction throughput alone, so that the peak RSS is extraction's own.
    let root = options.seeds.deletingLastPathComponent()
    do {
        let result = try ExtractionBenchmark.run(
            folders: [options.seeds, root.appendingPathComponent("corpus")], megabytes: options.quick ? 5 : 50)
        print(ExtractionBenchmark.markdown(result))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
}

if options.only == "big" {
    do {
        let results = try BigGraphBenchmark.run(
            sizes: options.sizes ?? BigGraphBenchmark.sizes, quick: options.quick, pictures: options.writeDOT,
            checksum: &checksum)
        print(BigGraphBenchmark.markdown(results))
        print("checksum \(checksum.value)")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
}

if options.only == "lexicon" {
    do {
        print(LexiconBenchmark.markdown(try LexiconBenchmark.run(runs: options.quick ? 5 : 30, checksum: &checksum)))
        print("checksum \(checksum.value)")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
}

if options.only != "render" {
    let sizes = options.sizes ?? (options.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000])
    for size in sizes {
        do {
            let result = try runChild(claims: size, quick: options.quick)
            checksum.consume(result.checksum.value)
            models.append(result)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
    }
}
if options.only != "model" {
    do {
        renders = try RenderBenchmark.run(
            seeds: options.seeds, runs: options.quick ? .quick : .full, writeDOT: options.writeDOT,
            checksum: &checksum)
    } catch {
        renderError = "\(error)"
    }
}

print(
    Report(
        machine: machine, quick: options.quick, models: models, renders: renders, renderError: renderError,
        checksum: checksum, elapsed: (clock.now - started).seconds
    ).markdown)
if options.only == nil { print(DatabaseBenchmark.section(claims: options.quick ? 100_000 : 1_000_000)) }

if options.only == nil, let results = try? BigGraphBenchmark.run(quick: options.quick, pictures: nil, checksum: &checksum) {
    print(BigGraphBenchmark.markdown(results))
}

if options.only == nil, let result = try? LexiconBenchmark.run(runs: options.quick ? 5 : 30, checksum: &checksum) {
    print(LexiconBenchmark.markdown(result))
}

if options.only == nil {
    let root = options.seeds.deletingLastPathComponent()
    if let result = try? ExtractionBenchmark.run(
        folders: [options.seeds, root.appendingPathComponent("corpus")], megabytes: options.quick ? 5 : 50)
    {
        print(ExtractionBenchmark.markdown(result))
    }
}

/// Runs the model benchmark for one size in a fresh copy of this program and decodes its result.
func runChild(claims: Int, quick: Bool) throws -> ModelResult {
    let process = Process()
    process.executableURL = Executable.current
    process.arguments = ["--child-model", "\(claims)"] + (quick ? ["--quick"] : [])
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ChildError(description: "model benchmark for \(claims) claims exited with \(process.terminationStatus)")
    }
    return try JSONDecoder().decode(ModelResult.self, from: data)
}

struct ChildError: Error, CustomStringConvertible {
    var description: String
}

/// Command-line options.
struct Options {
    var quick = false
    var only: String?
    var sizes: [Int]?
    var seeds = URL(fileURLWithPath: #filePath)  // Benchmarks/Sources/StanceBenchmarks/main.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")
    var childModelClaims: Int?
    var writeDOT: URL?
    var loop: String?
    var loopTimes = 50

    init<S: Sequence<String>>(_ arguments: S) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--quick": quick = true
            case "--write-dot": writeDOT = iterator.next().map { URL(fileURLWithPath: $0, isDirectory: true) }
            case "--only":
                only = iterator.next()
                guard ["model", "render", "extraction", "lexicon", "big"].contains(only ?? "") else {
                    FileHandle.standardError.write(Data("--only takes model, render, extraction, lexicon or big\n".utf8))
                    exit(2)
                }
            case "--sizes": sizes = iterator.next()?.split(separator: ",").compactMap { Int($0) }
            case "--seeds": if let path = iterator.next() { seeds = URL(fileURLWithPath: path) }
            case "--child-model": childModelClaims = iterator.next().flatMap { Int($0) }
            case "--loop": loop = iterator.next()
            case "--times": loopTimes = iterator.next().flatMap { Int($0) } ?? loopTimes
            case "-h", "--help":
                print(
                    """
                    usage: StanceBenchmarks [--quick] [--only model|render|extraction|lexicon|big] [--sizes 10000,100000] [--seeds DIR]
                      --quick   fewer runs and no 1M-claim graph: a smoke test of the benchmarks
                      --only    run only the model, the rendering, the extraction or the lexicon benchmark
                                (extraction: seeds/ and corpus/ articles varied to 50 MB, 5 MB with --quick;
                                lexicon: loading the bundled lexicon, 30 times;
                                big: news-shaped graphs of 100, 500 and 2,000 actors drawn to SVG)
                      --sizes   claim counts of the synthetic graphs (default 10000,100000,1000000);
                                with --only big, actor counts (default 100,500,2000)
                      --seeds   the folder of annotation files to render (default: the package's seeds/)
                      --write-dot DIR  also write the rendered DOT files into DIR (--only big: DOT and PNG)
                      --database [N]   the database benchmark alone (default 1000000 claims);
                                add --ingest-only for only the ingest rows
                      --write-articles N DIR   write N synthetic article texts into DIR (for
                                timing `stancegraph ingest DIR --jobs 2`), then exit
                    for profiling one operation under perf:
                      --child-model N --loop snapshot|shift|build|latestDate [--times 50]
                    """)
                exit(0)
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument); see --help\n".utf8))
                exit(2)
            }
        }
    }
}
