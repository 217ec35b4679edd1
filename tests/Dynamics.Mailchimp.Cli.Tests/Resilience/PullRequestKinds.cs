using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Tells what an answered request of <c>dmc pull</c> was from the sandbox's request log (method, path, body), so kill
/// points are counted live per kind of request rather than from a model of how many requests a cycle makes.
/// </summary>
internal static class PullRequestKinds
{
    /// <summary>The kind of a request the Mailchimp sandbox answered.</summary>
    /// <param name="request">The logged request.</param>
    /// <returns>Its kind.</returns>
    public static PullRequestKind AtMailchimp(RecordedRequest request) =>
        request.Method != "GET" ? PullRequestKind.Other
        : request.Path.EndsWith("/members", StringComparison.Ordinal) ? PullRequestKind.StatusRead
        : request.Path.EndsWith("/campaigns", StringComparison.Ordinal) ? PullRequestKind.CampaignsRead
        : request.Path.EndsWith("/email-activity", StringComparison.Ordinal) ? PullRequestKind.ActivityRead
        : request.Path.EndsWith("/unsubscribed", StringComparison.Ordinal) ? PullRequestKind.UnsubscribesRead
        : PullRequestKind.Other;

    /// <summary>The kind of a request the Dataverse sandbox answered.</summary>
    /// <param name="request">The logged request.</param>
    /// <returns>Its kind.</returns>
    public static PullRequestKind AtDataverse(RecordedRequest request)
    {
        var body = request.Body;
        if (request.Path.EndsWith("$batch", StringComparison.Ordinal))
        {
            return body.Contains(ActivityNames.CheckpointPrefix, StringComparison.Ordinal) ? PullRequestKind.ActivityCheckpointWrite
                : body.Contains(ActivityNames.ActivitySet, StringComparison.Ordinal) || body.Contains(ActivityNames.CampaignSet + "(", StringComparison.Ordinal) ? PullRequestKind.ActivityWrite
                : body.Contains("PATCH ", StringComparison.Ordinal) || body.Contains("POST ", StringComparison.Ordinal) ? PullRequestKind.ConsentWrite
                : PullRequestKind.MatchRead;
        }

        var write = request.Method is "PATCH" or "POST";
        return !write || !request.Path.Contains(ClaimWebApiNames.SyncStateSet, StringComparison.Ordinal) ? PullRequestKind.Other
            : body.Contains(ClaimWebApiNames.LeaseOwner, StringComparison.Ordinal) ? PullRequestKind.LeaseWrite
            : body.Contains(CheckpointNames.Value, StringComparison.Ordinal) ? PullRequestKind.MemberCheckpointWrite
            : PullRequestKind.Other;
    }
}
