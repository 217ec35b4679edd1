namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>The merge tags every new Mailchimp audience has, which the default mappings use.</summary>
public static class MergeTags
{
    /// <summary>First name.</summary>
    public const string FirstName = "FNAME";

    /// <summary>Last name.</summary>
    public const string LastName = "LNAME";
}
