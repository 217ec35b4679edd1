using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;

namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>
/// Seeds the queue in-process (no latency): the sandbox's small org, then <c>n</c> contacts added to its synced list in
/// <c>AddListMembersList</c> chunks of 1,000, which the real plug-ins turn into bulk membership rows.
/// </summary>
public static class BenchmarkSeed
{
    /// <summary>Members per <c>AddListMembersList</c> call.</summary>
    public const int ChunkSize = 1000;

    /// <summary>Seeds and returns the number of queued member changes.</summary>
    /// <param name="sandbox">The Dataverse sandbox.</param>
    /// <param name="n">The contacts to add to the synced list.</param>
    /// <returns>The member changes queued, including the small org's own two.</returns>
    public static int Apply(DataverseSandbox sandbox, int n)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var seed = SandboxSeed.Apply(sandbox);
        var ids = SandboxSeed.AddContacts(sandbox.Organization, sandbox.Tokens.AdminUserId, n);
        var service = sandbox.Organization.CreateService(new CallerOptions(sandbox.Tokens.AdminUserId));
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            service.Execute(new AddListMembersListRequest { ListId = seed.ListId, MemberIds = chunk });
        }

        return n + 2;
    }
}
