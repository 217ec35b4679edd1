using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Run;
using Dynamics.Mailchimp.Sync.Run;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>One run of the sync job in the demo: the CRM changes it drained and what it did.</summary>
/// <param name="Name">What this run is in the story.</param>
/// <param name="Changes">The CRM changes made before it.</param>
/// <param name="Summary">The job's summary.</param>
/// <param name="MailchimpCalls">Requests the job sent to Mailchimp.</param>
/// <param name="DataverseCalls">Requests the job sent to Dataverse (a <c>$batch</c> is one).</param>
/// <param name="Elapsed">The job's wall time.</param>
/// <param name="SkipExamples">One reason text, as written on the queue row, per skip code so far.</param>
public sealed record DemoRun(
    string Name,
    IReadOnlyList<DemoChange> Changes,
    PushSummary Summary,
    int MailchimpCalls,
    int DataverseCalls,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, string> SkipExamples)
{
    /// <summary>Gets the member-status pull that ran before the push (a whole <c>sync</c>), or <see langword="null"/> for a push only.</summary>
    public PullSummary? Pulled { get; init; }

    /// <summary>Gets the campaign and activity pull that ran after the push, or <see langword="null"/>.</summary>
    public ActivitySummary? Activity { get; init; }

    /// <summary>Members by outcome (see <see cref="MemberCounts"/>).</summary>
    public int this[string outcome] => Summary.Members.GetValueOrDefault(outcome);
}
