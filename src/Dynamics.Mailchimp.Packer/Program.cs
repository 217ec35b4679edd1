using Dynamics.Mailchimp.Packer;
using Dynamics.Mailchimp.Packer.Assembly;

// Wiring only: parse, pack, print. Exit codes: 0 packed, 1 refused or failed, 2 usage error.
var request = PackCommandLine.Parse(args, Directory.GetCurrentDirectory(), out var error);
if (request is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(PackCommandLine.Usage);
    return 2;
}

try
{
    var result = SolutionPacker.Pack(request);
    Console.WriteLine($"Packed {result.UnmanagedZip}");
    Console.WriteLine($"Packed {result.ManagedZip}");
    foreach (var warning in result.Warnings)
    {
        Console.WriteLine("warning: " + warning);
    }

    return 0;
}
catch (Exception ex) when (ex is PackSourceException or FacadeAssemblyException or PluginTypeMissingException)
{
    Console.Error.WriteLine("pack refused: " + ex.Message);
    return 1;
}
