extension ReconnectingConnection {
    // MARK: - Policy

    /// How a ``ReconnectingConnection`` notices a lost link and how it backs off
    /// while reopening.
    ///
    /// After a loss, the first reopen is tried at once; after the n-th failed
    /// attempt the next waits `initialDelay × multiplier^(n-1)`, at most
    /// `maximumDelay`, shortened at random by up to `jitter` of itself (so that
    /// many clients of a restarted daemon do not all come back at once).
    public struct Policy: Sendable, Hashable {
        /// The wait after the first failed attempt.
        public var initialDelay: Duration
        /// The longest wait between attempts.
        public var maximumDelay: Duration
        /// How much each wait grows over the one before (at least 1).
        public var multiplier: Double
        /// The fraction (0...1) of each wait that may be taken off at random.
        public var jitter: Double
        /// How many attempts in a row to make before giving up; nil never gives up.
        public var maximumAttempts: Int?
        /// How often the connection is checked for life.
        public var checkInterval: Duration
        /// The keepalive each new connection is given (nil leaves libvirt's
        /// default), so that a daemon that hangs is noticed too.
        public var keepAlive: KeepAlive?

        /// Creates a policy; the defaults suit a local daemon.
        public init(
            initialDelay: Duration = .milliseconds(100),
            maximumDelay: Duration = .seconds(30),
            multiplier: Double = 2,
            jitter: Double = 0.1,
            maximumAttempts: Int? = nil,
            checkInterval: Duration = .milliseconds(100),
            keepAlive: KeepAlive? = KeepAlive(interval: 5, count: 3)
        ) {
            self.initialDelay = initialDelay
            self.maximumDelay = maximumDelay
            self.multiplier = max(1, multiplier)
            self.jitter = min(max(0, jitter), 1)
            self.maximumAttempts = maximumAttempts
            self.checkInterval = checkInterval
            self.keepAlive = keepAlive
        }

        /// The longest wait after `failedAttempts` failed attempts in a row
        /// (before jitter): 0 before the first attempt.
        public func delay(afterFailedAttempts failedAttempts: Int) -> Duration {
            guard failedAttempts > 0 else { return .zero }
            var delay = initialDelay
            for _ in 1..<failedAttempts {
                delay = delay * multiplier
                if delay >= maximumDelay { return maximumDelay }
            }
            return min(delay, maximumDelay)
        }

        /// The wait after `failedAttempts` failed attempts, with jitter applied.
        func jitteredDelay(afterFailedAttempts failedAttempts: Int) -> Duration {
            let delay = delay(afterFailedAttempts: failedAttempts)
            guard jitter > 0 else { return delay }
            return delay * (1 - Double.random(in: 0...jitter))
        }
    }

    /// Keepalive settings: a probe after `interval` seconds of silence; the
    /// connection is closed after `count` unanswered probes.
    public struct KeepAlive: Sendable, Hashable {
        /// Seconds of silence before a probe.
        public var interval: Int
        /// Unanswered probes before the connection is closed.
        public var count: Int

        /// Creates keepalive settings.
        public init(interval: Int, count: Int) {
            self.interval = interval
            self.count = count
        }
    }
}
