namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>What Dataverse holds of an address: the queue rows, the consent log rows, the email activities and the records.</summary>
/// <param name="QueueRows">Queue rows with the address in a text column.</param>
/// <param name="ConsentEvents">Consent log rows with the address in a text column.</param>
/// <param name="Records">Contacts, leads and accounts with the address, or its member id.</param>
/// <param name="EmailActivities">Email activity rows (those the connector owns) with the address in a text column.</param>
public sealed record ErasureFindings(IReadOnlyList<FoundRow> QueueRows, IReadOnlyList<FoundRow> ConsentEvents, IReadOnlyList<FoundRecord> Records, IReadOnlyList<FoundRow> EmailActivities);
