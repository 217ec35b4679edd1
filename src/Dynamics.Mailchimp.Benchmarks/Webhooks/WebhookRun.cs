using System.Net;

namespace Dynamics.Mailchimp.Benchmarks.Webhooks;

/// <summary>One load run against <c>dmc serve</c>.</summary>
/// <param name="Answers">Each delivery's answer.</param>
/// <param name="Elapsed">From the first delivery to the last answer.</param>
/// <param name="DataverseCalls">Dataverse requests during the load.</param>
/// <param name="MailchimpCalls">Mailchimp requests during the load.</param>
/// <param name="Batches">How many batches the receiver applied.</param>
public sealed record WebhookRun(IReadOnlyList<HttpStatusCode> Answers, TimeSpan Elapsed, int DataverseCalls, int MailchimpCalls, int Batches)
{
    /// <summary>Gets the sampled times from an unsubscribe in Mailchimp to the committed CRM write, delivered by the sandbox.</summary>
    public IReadOnlyList<TimeSpan> Latencies { get; init; } = [];
}
