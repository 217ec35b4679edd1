namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>One API call as an emulator's request log recorded it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path.</param>
/// <param name="Query">The query string, with its leading <c>?</c>, or empty.</param>
/// <param name="Parts">A <c>$batch</c>'s operations as method and entity set (<see cref="BatchParts"/>); empty otherwise.</param>
public sealed record CallRecord(string Method, string Path, string Query, IReadOnlyList<string> Parts);
