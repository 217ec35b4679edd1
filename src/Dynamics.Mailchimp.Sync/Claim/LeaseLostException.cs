namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>The lease expired and another instance took it: this run must stop before recording anything more.</summary>
public sealed class LeaseLostException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The lease.</param>
    /// <param name="owner">Who holds it now, if known.</param>
    public LeaseLostException(string name, string? owner)
        : base($"The lease '{name}' was taken by {owner ?? "another instance"}; this run stops without recording more.")
    {
        Name = name;
    }

    /// <summary>Gets the lease's name.</summary>
    public string Name { get; }
}
