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
            for text in [entry.title, entry.link ?? ""] + entry.paragraphs {
                require(!text.unicodeScalars.contains { $0.value < 32 || (0x7F...0x9F).contains($0.value) }, "a control in \(text.debugDescription)")
            }
        }
        return 0
    }
}
