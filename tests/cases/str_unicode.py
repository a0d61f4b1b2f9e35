print("中文", "é", "😀", "Ünïcödé")
print("Привет, мир")
print("مرحبا", "שלום")
greet = "こんにちは"
print(greet * 2)
print(greet + "🌸" + greet)
print("naïve café" == "naïve café", "ñ" < "o")
print("🎉" * 3, len("🎉" * 3))
print("\u00e9" + "\u0301", "e\u0301")
