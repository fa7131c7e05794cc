/// The XML of a small guest, by driver: a `test` domain for the test driver,
/// a 64 MiB QEMU guest that boots into SeaBIOS and idles for QEMU.
struct GuestTemplate {
    private let make: @Sendable (String) -> String

    /// The template for a driver, by its `hypervisorType()` (`TEST`, `QEMU`);
    /// nil for other drivers.
    init?(hypervisor: String) {
        switch hypervisor.uppercased() {
        case "TEST":
            make = { name in
                "<domain type='test'><name>\(name)</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                    + "<os><type arch='x86_64'>hvm</type></os></domain>"
            }
        case "QEMU":
            make = { name in
                "<domain type='qemu'><name>\(name)</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                    + "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
                    + "<devices><video><model type='none'/></video><memballoon model='none'/></devices></domain>"
            }
        default:
            return nil
        }
    }

    /// The XML of a guest called `name`.
    func xml(name: String) -> String {
        make(name)
    }
}
