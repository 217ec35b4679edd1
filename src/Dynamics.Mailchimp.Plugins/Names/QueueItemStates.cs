namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Option values of <see cref="QueueItemFields.State"/>.</summary>
    public static class QueueItemStates
    {
        /// <summary>Waiting for the job.</summary>
        public const int Pending = 100000000;

        /// <summary>Claimed by a job run.</summary>
        public const int Processing = 100000001;

        /// <summary>Synced.</summary>
        public const int Done = 100000002;

        /// <summary>Failed; see the last error.</summary>
        public const int Failed = 100000003;

        /// <summary>Replaced by a later row for the same record.</summary>
        public const int Superseded = 100000004;

        /// <summary>Nothing to send; <see cref="QueueItemFields.Outcome"/> says why (for example, kept unsubscribed).</summary>
        public const int Skipped = 100000005;
    }
}
