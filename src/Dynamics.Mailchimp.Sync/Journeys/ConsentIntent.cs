namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>The email consent the pull writes for one address and purpose, and the changes it comes from.</summary>
/// <param name="Address">The address (the Mailchimp member's).</param>
/// <param name="Purpose">The audience's purpose and topic.</param>
/// <param name="Value">Opted in or opted out.</param>
/// <param name="Reason">The reason, in words, naming the audience.</param>
/// <param name="Changes">The indexes of the changes (in the writer's input) it is written for.</param>
public sealed record ConsentIntent(string Address, JourneysPurpose Purpose, ConsentValue Value, string Reason, IReadOnlyList<int> Changes);
