namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

/// <summary>Starts a fresh sandbox per test.</summary>
internal static class Sandboxes
{
    public static Task<DataverseSandbox> StartAsync(DataverseSandboxOptions? options = null) =>
        DataverseSandbox.StartAsync(options ?? new DataverseSandboxOptions(), CancellationToken.None);
}
