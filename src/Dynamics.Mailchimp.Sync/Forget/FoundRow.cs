namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>A queue, consent log or email activity row that holds the address in one of its text columns, as read.</summary>
/// <param name="Target">A <see cref="ForgetTarget.QueueRow"/>, <see cref="ForgetTarget.ConsentEvent"/> or <see cref="ForgetTarget.EmailActivity"/>.</param>
/// <param name="Id">The row id.</param>
/// <param name="ETag">Its <c>@odata.etag</c>, so the write does not overwrite a change made since.</param>
/// <param name="Texts">Its text columns (<see cref="ForgetNames.QueueTextColumns"/> or <see cref="ForgetNames.ConsentTextColumns"/>).</param>
/// <param name="State">A queue row's <c>dmc_state</c>, or an email activity's <c>statecode</c>.</param>
/// <param name="Status">An email activity's <c>statuscode</c>.</param>
public sealed record FoundRow(ForgetTarget Target, Guid Id, string? ETag, IReadOnlyDictionary<string, string?> Texts, int? State = null, int? Status = null);
