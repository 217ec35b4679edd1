using System;
using System.Collections.Generic;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>The members a list had when it was deleted, or why the plug-in did not read them inside the delete.</summary>
    public sealed class FormerMembers
    {
        private static readonly IReadOnlyList<Guid> None = new Guid[0];

        private FormerMembers(IReadOnlyList<Guid> ids, string? notCapturedReason)
        {
            Ids = ids;
            NotCapturedReason = notCapturedReason;
        }

        /// <summary>The member ids; empty when not captured.</summary>
        public IReadOnlyList<Guid> Ids { get; }

        /// <summary>Why the members were not read, or null when <see cref="Ids"/> holds them all.</summary>
        public string? NotCapturedReason { get; }

        /// <summary>Every member, read before the platform deleted the memberships.</summary>
        public static FormerMembers Captured(IReadOnlyList<Guid> ids) => new FormerMembers(ids, null);

        /// <summary>The members were not read, because <paramref name="reason"/>.</summary>
        public static FormerMembers NotCaptured(string reason) => new FormerMembers(None, reason);
    }
}
