import Benchmark

// Run with: swift package --disable-sandbox benchmark   (in Benchmarks/)
let benchmarks: @Sendable () -> Void = {
    callBenchmarks()
    handleBenchmarks()
}
