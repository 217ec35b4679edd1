namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>Each audience's member count in Mailchimp, for the mass-removal rail (one <c>GET /lists/{id}</c> each).</summary>
public interface IAudienceSizes
{
    /// <summary>The member counts; an audience Mailchimp does not know is absent.</summary>
    Task<IReadOnlyDictionary<string, int>> ReadAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken);
}
