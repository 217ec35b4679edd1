namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>The calls each emulator logged during one job run.</summary>
/// <param name="Mailchimp">Mailchimp API calls, oldest first.</param>
/// <param name="Dataverse">Dataverse Web API calls, oldest first.</param>
public sealed record CallLog(IReadOnlyList<CallRecord> Mailchimp, IReadOnlyList<CallRecord> Dataverse);
