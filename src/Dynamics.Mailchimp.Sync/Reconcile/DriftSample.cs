using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>One example of a difference, for the report.</summary>
/// <param name="Kind">The difference.</param>
/// <param name="Email">The address.</param>
/// <param name="Record">The CRM record, when one is known.</param>
/// <param name="Detail">What differs, in words.</param>
public sealed record DriftSample(DriftKind Kind, string Email, RecordRef? Record, string Detail);
