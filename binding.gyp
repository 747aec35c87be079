{
  "targets": [
    {
      "target_name": "sinhtrac_native",
      "sources": [
        "<!@(node -p \"require('fs').readdirSync('engine/native').filter(f => f.endsWith('.c')).sort().map(f => 'engine/native/' + f).join(' ')\")"
      ],
      "cflags_c": ["-std=c11", "-O3", "-fno-fast-math", "-ffp-contract=off", "-Wall", "-Wextra", "-Wno-unused-parameter"],
      "cflags!": ["-O2"],
      "xcode_settings": {
        "GCC_C_LANGUAGE_STANDARD": "c11",
        "GCC_OPTIMIZATION_LEVEL": "3",
        "OTHER_CFLAGS": ["-ffp-contract=off"]
      },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
    },
    {
      "target_name": "sinhtrac_store",
      "sources": ["server/store/native/mapped_pages.c"],
      "cflags_c": ["-std=c11", "-O2", "-Wall", "-Wextra"]
    }
  ]
}
