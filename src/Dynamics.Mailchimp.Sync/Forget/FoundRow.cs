namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>A queue or consent log row that holds the address in one of its text columns, as read.</summary>
/// <param name="Target">A <see cref="ForgetTarget.QueueRow"/> or a <see cref="ForgetTarget.ConsentEvent"/>.</param>
/// <param name="Id">The row id.</param>
/// <param name="ETag">Its <c>@odata.etag</c>, so the write does not overwrite a change made since.</param>
/// <param name="Texts">Its text columns (<see cref="ForgetNames.QueueTextColumns"/> or <see cref="ForgetNames.ConsentTextColumns"/>).</param>
/// <param name="State">A queue row's <c>dmc_state</c>.</param>
public sealed record FoundRow(ForgetTarget Target, Guid Id, string? ETag, IReadOnlyDictionary<string, string?> Texts, int? State = null);
