namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>Pipeline stages a step can be registered on (the numbers Dataverse stores).</summary>
public enum PluginStage
{
    /// <summary>Before security checks, outside the transaction.</summary>
    PreValidation = 10,

    /// <summary>Before the core operation, inside the transaction.</summary>
    PreOperation = 20,

    /// <summary>After the core operation, inside the transaction for synchronous steps.</summary>
    PostOperation = 40,
}
