import DossierCore
import DossierStore

/// What a reader's session needs of a library: its articles (and whatever caches it keeps), and
/// the plain files where the reader's own state is kept.
public protocol ReaderLibrary: ArticleSource {
    var bookmarkKeeper: any BookmarkKeeping { get }
    var positionKeeper: any PositionKeeping { get }
    /// The corrections in force, and the lines of the file that could not be read.
    func corrections() throws -> (Corrections, [Corrections.Problem])
    /// Adds a correction; returns every correction now in force.
    func add(_ rule: Corrections.Rule) throws -> Corrections
    /// Takes back a correction added before; returns every correction now in force.
    func remove(_ rule: Corrections.Rule) throws -> Corrections
    /// Changes when the corrections file changes (edited by hand); nil without one.
    var correctionsStamp: [Int]? { get }
    /// The path of an article's file, for the editor.
    func path(of id: String) -> String?
}

extension Library: ReaderLibrary {
    public var bookmarkKeeper: any BookmarkKeeping { bookmarkFile }
    public var positionKeeper: any PositionKeeping { positionFile }
    public func path(of id: String) -> String? { file(id: id)?.path }
}
