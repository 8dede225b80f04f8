import "../demo/main.ts";
