namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>The rail's verdict on one audience of a run.</summary>
/// <param name="AudienceId">The audience.</param>
/// <param name="Removals">How many members the run would archive or unsubscribe.</param>
/// <param name="AudienceSize">The audience's member count before the run, when known.</param>
/// <param name="Held">Whether the removals are held back.</param>
/// <param name="Message">What the rail found and what to do, for the operator.</param>
public sealed record MassRemovalVerdict(string AudienceId, int Removals, int? AudienceSize, bool Held, string Message);
