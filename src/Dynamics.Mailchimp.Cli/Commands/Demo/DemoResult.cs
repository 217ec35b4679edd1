namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>What the demo did: its size, the job's runs, and the audience at each step.</summary>
/// <param name="Size">The org's size.</param>
/// <param name="Runs">The sync job's runs, in order.</param>
/// <param name="Audience">The Mailchimp audience before, between and after the runs.</param>
/// <param name="UnsubscribedInMailchimp">The people who unsubscribed in Mailchimp (before the first run, and between the runs).</param>
public sealed record DemoResult(DemoSize Size, IReadOnlyList<DemoRun> Runs, IReadOnlyList<(string Moment, AudienceSnapshot Snapshot)> Audience, IReadOnlyList<string> UnsubscribedInMailchimp)
{
    /// <summary>Gets the CRM side before and after the sync that pulls the Mailchimp-side events back.</summary>
    public IReadOnlyList<(string Moment, CrmSnapshot Snapshot)> Crm { get; init; } = [];

    /// <summary>Gets the real-time step: an unsubscribe in Mailchimp reaching the CRM through <c>dmc serve</c>.</summary>
    public DemoRealTime? RealTime { get; init; }

    /// <summary>Gets a value indicating whether any run had a failure.</summary>
    public bool AnyFailed => Runs.Any(run => run.Summary.AnyFailed || run.Pulled?.AnyFailed == true || run.Activity?.Failures.Count > 0);
}
