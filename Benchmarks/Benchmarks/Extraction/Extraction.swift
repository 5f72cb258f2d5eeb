import Benchmark
import DossierCore
import Foundation

/// About 8 MB of news-like English: the seed article and wire-style paragraphs with many names,
/// repeated as one long document (the worst case for the document-level pass).
let corpus: String = {
    let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds/000_f68cb7aa9c75da0d.txt")
    let seed = (try? String(contentsOf: seedURL, encoding: .utf8)) ?? ""
    let wire = """
        BRUSSELS 2025-08-22

        The European Commission said on Thursday it disagreed with German advice to consumers to shun \
        British lamb until scientists determine whether the disease can be transmitted to sheep. \
        Germany's representative to the EU's veterinary committee Werner Zwingmann said on Wednesday \
        consumers should buy sheepmeat from countries other than Britain.

        "We don't support any such recommendation," the Commission's chief spokesman Nikolaus van der Pas \
        told a news briefing in Brussels. Peter Blackburn, chairman of the Scottish Farmers Union, said \
        Toronto-based Acme Holdings and Banco Santander had met officials in Madrid and Lisbon.
        """
    var text = ""
    while text.utf8.count < 8_000_000 {
        text += seed + "\n\n" + wire + "\n\n"
    }
    return text
}()

let benchmarks: @Sendable () -> Void = {
    let extractor = try! EntityExtractor.bundled()
    let megabytes = Double(corpus.utf8.count) / 1_000_000

    Benchmark("Extract entities from \(String(format: "%.1f", megabytes)) MB of news",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(extractor.mentions(in: corpus))
        }
    }
}
