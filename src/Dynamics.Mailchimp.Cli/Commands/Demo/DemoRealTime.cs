namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>What the demo's real-time step showed: one person unsubscribed in Mailchimp while <c>dmc serve</c> ran.</summary>
/// <param name="Email">The person's address (demo data).</param>
/// <param name="Latency">From the unsubscribe in Mailchimp to the delivery answered, i.e. the CRM write committed.</param>
/// <param name="DoNotBulkEmail">The contact's <c>donotbulkemail</c> afterwards.</param>
/// <param name="Status">The contact's stored Mailchimp status afterwards.</param>
/// <param name="ConsentEvents">The contact's consent log rows afterwards.</param>
/// <param name="Deliveries">Webhook deliveries the sandbox made.</param>
public sealed record DemoRealTime(string Email, TimeSpan Latency, bool DoNotBulkEmail, string? Status, int ConsentEvents, int Deliveries);
