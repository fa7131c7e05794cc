import Foundation

/// Records every element of a stream in the background, so that a test can
/// wait for one element after another with timeouts, without ending the stream.
actor Recorder<Element: Sendable> {
    private(set) var elements: [Element] = []
    private var cursor = 0
    private var pump: Task<Void, Never>?

    init<Events: AsyncSequence & Sendable>(_ stream: Events) where Events.Element == Element {
        Task { await self.start(stream) }
    }

    private func start<Events: AsyncSequence & Sendable>(_ stream: Events) where Events.Element == Element {
        pump = Task { [weak self] in
            do {
                for try await element in stream { await self?.append(element) }
            } catch {}
        }
    }

    private func append(_ element: Element) { elements.append(element) }

    /// The next element after the last one returned that `matches`, waiting
    /// up to `timeout`; nil when none came.
    func next(
        within timeout: Duration = .seconds(10), where matches: (Element) -> Bool = { _ in true }
    ) async -> Element? {
        let deadline = ContinuousClock.now + timeout
        while true {
            while cursor < elements.count {
                let element = elements[cursor]
                cursor += 1
                if matches(element) { return element }
            }
            if ContinuousClock.now >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Whether any element recorded so far, or within `timeout`, `matches`,
    /// wherever it stands (the cursor of ``next(within:where:)`` does not move).
    func saw(within timeout: Duration = .seconds(10), where matches: (Element) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        var checked = 0
        while true {
            while checked < elements.count {
                if matches(elements[checked]) { return true }
                checked += 1
            }
            if ContinuousClock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Stops recording; ends the loop over the stream (which deregisters its callback).
    func stop() { pump?.cancel() }
}
