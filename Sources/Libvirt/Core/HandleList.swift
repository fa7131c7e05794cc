import CLibvirt
import Glibc

/// Takes over the handles of a list that a libvirt "list all" call allocated
/// (`virConnectListAllNetworks` and the like): each handle's reference goes to
/// the value `wrap` makes of it, and the list itself is freed.
///
/// - Parameters:
///   - list: the array the C call filled (freed here).
///   - count: the call's result: how many handles the array holds.
func takeHandles<Handle>(
    _ list: UnsafeMutablePointer<OpaquePointer?>?, count: Int32, _ wrap: (TransferredPointer) -> Handle
) -> [Handle] {
    guard let list else { return [] }
    defer { free(list) }
    return (0..<Int(count)).compactMap { index in
        list[index].map { wrap(TransferredPointer(pointer: $0)) }
    }
}
