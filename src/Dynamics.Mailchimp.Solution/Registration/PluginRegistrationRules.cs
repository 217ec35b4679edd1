namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>The platform's registration rules, checked before anything runs or is packed.</summary>
public static class PluginRegistrationRules
{
    // Images are supported only on these messages (Microsoft: "Entity images").
    private static readonly HashSet<string> MessagesWithImages = new(StringComparer.Ordinal)
    {
        "Assign", "Create", "Delete", "DeliverIncoming", "DeliverPromote", "Merge", "Route", "Send", "SetState", "Update",
    };

    /// <summary>Every broken rule, each naming the step; empty when the manifest is sound.</summary>
    public static IReadOnlyList<string> Check(PluginRegistrationManifest manifest)
    {
        var problems = new List<string>();
        foreach (var duplicate in manifest.Steps.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"Step id {duplicate.Key} is used by {duplicate.Count()} steps.");
        }

        foreach (var duplicate in manifest.Steps.GroupBy(s => (s.Plugin, s.Message, s.Entity, s.Stage)).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Key.Plugin} is registered {duplicate.Count()} times on {duplicate.Key.Message} of {duplicate.Key.Entity}; a duplicate step fires twice.");
        }

        foreach (var step in manifest.Steps)
        {
            problems.AddRange(CheckStep(step));
        }

        return problems;
    }

    private static IEnumerable<string> CheckStep(PluginStepRegistration step)
    {
        var name = $"Step '{step.Name}' ({step.Id})";
        if (step.Id == Guid.Empty)
        {
            yield return $"{name} has no id.";
        }

        if (step.Mode == PluginMode.Asynchronous && step.Stage != PluginStage.PostOperation)
        {
            yield return $"{name} is asynchronous but not on PostOperation.";
        }

        if (step.FilteringAttributes.Count > 0 && step.Message != "Update")
        {
            yield return $"{name} has filtering attributes, which only Update honours.";
        }

        foreach (var image in step.Images)
        {
            if (!MessagesWithImages.Contains(step.Message))
            {
                yield return $"{name} asks for image '{image.Alias}', but {step.Message} supports no images.";
            }
            else if (image.Type == PluginImageType.PreImage && step.Message == "Create")
            {
                yield return $"{name} asks for a pre-image on Create.";
            }
            else if (image.Type == PluginImageType.PostImage && (step.Message == "Delete" || step.Stage != PluginStage.PostOperation))
            {
                yield return $"{name} asks for a post-image outside PostOperation or on Delete.";
            }
        }
    }
}
