import DossierCore
import DossierStore
import Foundation
import FuzzDriver

/// Any feed file parses without a crash or a hang; its entries' fields hold no controls.
@_cdecl("FuzzFeed_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let input = Data(bytes(data, size))
        _ = FeedParser.isFeed(input)
        guard let feed = FeedParser.parse(input) else { return 0 }
        for entry in feed.entries {
            requireShowable(entry.title)
            requireShowable(entry.link ?? "")
            for paragraph in entry.paragraphs { requireShowable(paragraph, lineBreaks: true) }
        }
        return 0
    }
}
