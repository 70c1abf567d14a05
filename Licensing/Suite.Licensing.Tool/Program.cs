using Suite.Licensing.Tool;

return LicenseTool.Run(args, Console.Out, Console.Error, TimeProvider.System);
