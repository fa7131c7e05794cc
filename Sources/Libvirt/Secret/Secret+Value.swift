import CLibvirt
import Glibc

extension Secret {
    // MARK: - The secret's value

    /// The secret's value (a private secret refuses to give it).
    ///
    /// The C buffer libvirt returns is zeroed before it is freed.
    ///
    /// Wraps `virSecretGetValue`.
    public func value() throws(LibvirtError) -> SecretValue {
        var size = 0
        guard let buffer = virSecretGetValue(pointer, &size, 0) else {
            throw LibvirtError.last(function: "virSecretGetValue")
        }
        defer {
            explicit_bzero(buffer, size)
            free(buffer)
        }
        return SecretValue(Array(UnsafeBufferPointer(start: buffer, count: size)))
    }

    /// Sets the secret's value.
    ///
    /// Wraps `virSecretSetValue`.
    public func setValue(_ value: SecretValue) throws(LibvirtError) {
        let result = value.bytes.withUnsafeBufferPointer { bytes in
            virSecretSetValue(pointer, bytes.baseAddress, bytes.count, 0)
        }
        try check(result, "virSecretSetValue")
    }
}
