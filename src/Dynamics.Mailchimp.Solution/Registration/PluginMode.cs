namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>Execution mode of a step (the numbers Dataverse stores).</summary>
public enum PluginMode
{
    /// <summary>Runs in the caller's request and transaction.</summary>
    Synchronous = 0,

    /// <summary>Runs later as a system job (PostOperation only).</summary>
    Asynchronous = 1,
}
