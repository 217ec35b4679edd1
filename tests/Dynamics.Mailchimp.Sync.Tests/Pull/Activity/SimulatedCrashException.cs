namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity;

/// <summary>The process "died" at the point a test chose.</summary>
internal sealed class SimulatedCrashException() : Exception("Simulated crash of the activity pull.");
