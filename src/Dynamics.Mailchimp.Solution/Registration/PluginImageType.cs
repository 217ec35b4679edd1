namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>Whether an image is taken before or after the core operation (the numbers Dataverse stores).</summary>
public enum PluginImageType
{
    /// <summary>Before the core operation.</summary>
    PreImage = 0,

    /// <summary>After the core operation.</summary>
    PostImage = 1,
}
