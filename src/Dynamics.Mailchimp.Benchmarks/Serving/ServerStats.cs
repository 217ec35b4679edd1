namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>The calls the server saw since the last reset.</summary>
/// <param name="MailchimpCalls">Mailchimp calls.</param>
/// <param name="MailchimpItems">Members carried in Mailchimp batches.</param>
/// <param name="MailchimpMaxInFlight">Most Mailchimp calls in flight at once.</param>
/// <param name="DataverseCalls">Dataverse calls (a <c>$batch</c> is one).</param>
/// <param name="DataverseItems">Operations carried in <c>$batch</c> calls, a bulk request counting as its targets.</param>
/// <param name="DataverseMaxInFlight">Most Dataverse calls in flight at once.</param>
public sealed record ServerStats(long MailchimpCalls, long MailchimpItems, int MailchimpMaxInFlight, long DataverseCalls, long DataverseItems, int DataverseMaxInFlight);
