import Foundation

/// What can go wrong with a library, each said in one sentence a user can act on.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case libraryMissing(path: String)
    case notAFolder(path: String)
    case articleNotFound(id: String)
    case unreadable(path: String, reason: String)
    case cannotCreate(path: String, reason: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .libraryMissing(let path): "There is no library at \(path); give an existing folder with --library."
        case .notAFolder(let path): "\(path) is not a folder; a library is a folder of articles."
        case .articleNotFound(let id): "There is no article \"\(id)\" in this library; `dossier list` shows the ids."
        case .unreadable(let path, let reason): "\(path) could not be read: \(reason)."
        case .cannotCreate(let path, let reason): "The library \(path) could not be created: \(reason)."
        case .cannotWrite(let path, let reason): "\(path) was not changed: \(reason)."
        }
    }
}
